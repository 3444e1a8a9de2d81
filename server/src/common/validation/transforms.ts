/** class-transformer helpers shared by DTOs. */

/** Trims strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry booleans as text: 'true'/'false' become booleans, anything else is left to @IsBoolean. */
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
