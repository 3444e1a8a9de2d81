/**
 * The phone's own key for something it sends while the network may fail (a survey entry, a campaign
 * site): the same key sent again is the same thing, so a resend after a lost answer never makes a
 * second one. 8–64 of A–Z a–z 0–9 _ -.
 */
export const CLIENT_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
