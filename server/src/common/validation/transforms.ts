/** class-transformer helpers shared by DTOs. */

/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry booleans as text: 'true'/'false' become booleans, anything else is left to @IsBoolean. */
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Query strings carry integers as text: plain decimal digits (an optional minus, no leading zero)
 * become a number for @IsInt/@Min/@Max to judge; anything else ('0x1f', '1e3', ' 1', '+1', '1.0') stays
 * text for @IsInt to refuse. Number() and class-transformer's @Type(() => Number) would read all of them.
 */
export const queryInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?(0|[1-9]\d*)$/.test(value) ? Number(value) : value);

/** Trims each string of an array; leaves anything else for the validators to refuse. */
export const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value);
