import { createContext } from 'react';

/** True inside a bottom sheet: WeChat draws a native textarea in a fixed box only when told (`fixed`). Its own module, so a field needs no sheet. */
export const InSheet = createContext(false);
