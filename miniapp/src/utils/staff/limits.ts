/** The same limit as the server's text fields. */
export const MAX_TEXT = 2000;
