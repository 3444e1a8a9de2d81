// What happens to a resident's account.

/**
 * A resident erased her personal data (PIPL, docs/architecture.md "Erasure"). Published inside the erasure's
 * transaction, so that each feature holding something of hers (her household, her volunteer applications)
 * removes it in the same commit, without the users module knowing the features.
 */
export interface ResidentErased {
  type: 'ResidentErased';
  userId: number;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    ResidentErased: ResidentErased;
  }
}
