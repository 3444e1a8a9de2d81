import type { Category } from '@lingjuli/shared';
import type { Open311Document } from './open311-format';
import type { ServiceAttribute, ServiceInfo } from './open311-services';

/*
 * GeoReport v2's shapes (http://wiki.open311.org/GeoReport_v2, and mySociety's service request updates),
 * from what the service decided to show: the mapper names fields and writes times, nothing more. Every
 * time is ISO 8601 in Beijing time (+08:00); ids are strings, as the specification's schemas have them.
 */

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** e.g. 2026-03-02T10:00:00+08:00. */
export function beijingDateTime(at: Date): string {
  return `${new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

const optionalDateTime = (at: Date | null) => (at ? beijingDateTime(at) : null);

/** A request as it may leave: its words already masked, the position only when the client sent it itself. */
export interface RequestView {
  id: number;
  closed: boolean;
  statusNotes: string | null;
  category: Category;
  serviceName: string;
  description: string;
  agencyResponsible: string;
  serviceNotice: string;
  requestedAt: Date;
  updatedAt: Date;
  expectedAt: Date | null;
  address: string | null;
  /** The building's code, which the `building` attribute takes. */
  addressId: string | null;
  lat: number | null;
  long: number | null;
}

/** One public line of an appeal's timeline, as a status update. */
export interface UpdateView {
  id: number;
  requestId: number;
  closed: boolean;
  at: Date;
  description: string;
}

export interface DiscoveryView {
  changeset: Date;
  contact: string;
  keyService: string;
  url: string;
}

export function discoveryDocument(view: DiscoveryView): Open311Document {
  const changeset = beijingDateTime(view.changeset);
  return {
    root: 'discovery',
    object: {
      changeset,
      contact: view.contact,
      key_service: view.keyService,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: view.url,
          changeset,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    },
  };
}

export function servicesDocument(services: readonly ServiceInfo[]): Open311Document {
  return {
    root: 'services',
    item: 'service',
    items: services.map((s) => ({
      service_code: s.code,
      service_name: s.name,
      description: s.description,
      metadata: true,
      type: 'realtime',
      keywords: s.keywords.join(','),
      group: s.group,
    })),
  };
}

export function serviceDefinitionDocument(code: Category, attributes: readonly ServiceAttribute[]): Open311Document {
  return {
    root: 'service_definition',
    object: {
      service_code: code,
      attributes: attributes.map((a, i) => ({
        variable: a.variable,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        datatype_description: a.datatypeDescription,
        order: i + 1,
        description: a.description,
        values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })),
      })),
    },
  };
}

export function requestsDocument(requests: readonly RequestView[]): Open311Document {
  return {
    root: 'service_requests',
    item: 'request',
    items: requests.map((r) => ({
      service_request_id: String(r.id),
      status: r.closed ? 'closed' : 'open',
      status_notes: r.statusNotes,
      service_name: r.serviceName,
      service_code: r.category,
      description: r.description,
      agency_responsible: r.agencyResponsible,
      service_notice: r.serviceNotice,
      requested_datetime: beijingDateTime(r.requestedAt),
      updated_datetime: beijingDateTime(r.updatedAt),
      expected_datetime: optionalDateTime(r.expectedAt),
      address: r.address,
      address_id: r.addressId,
      zipcode: null,
      lat: r.lat,
      long: r.long,
      // Photos never leave through the API (docs/domain.md §11).
      media_url: null,
    })),
  };
}

/** The answer to POST requests: the new request's id, what happens next, and the token it can be looked up by. */
export function createdDocument(created: { id: number; notice: string; token: string }): Open311Document {
  return {
    root: 'service_requests',
    item: 'request',
    // account_id would name the reporter's account: none leaves the product.
    items: [{ service_request_id: String(created.id), service_notice: created.notice, account_id: null, token: created.token }],
  };
}

export function tokenDocument(found: { id: number; token: string }): Open311Document {
  return { root: 'service_requests', item: 'request', items: [{ service_request_id: String(found.id), token: found.token }] };
}

export function updatesDocument(updates: readonly UpdateView[]): Open311Document {
  return {
    root: 'service_request_updates',
    item: 'request_update',
    wrapped: true,
    items: updates.map((u) => ({
      update_id: String(u.id),
      service_request_id: String(u.requestId),
      status: u.closed ? 'closed' : 'open',
      updated_datetime: beijingDateTime(u.at),
      description: u.description,
      // mySociety's format writes an empty string for no photo.
      media_url: '',
    })),
  };
}

export function errorsDocument(status: number, description: string): Open311Document {
  return { root: 'errors', item: 'error', items: [{ code: status, description }] };
}
