import { takeCspViolations } from './browser';

/** Every browser test also checks that the server's security headers blocked nothing the app needs. */
afterEach(() => {
  expect(takeCspViolations()).toEqual([]);
});
