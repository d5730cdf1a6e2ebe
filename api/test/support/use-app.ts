import { buildWorld, type World } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

/**
 * A stand-in for a value made in beforeAll: property reads go to the real value once it exists, so
 * a test file can write `const { app } = useTestApp()` at the top instead of `let` plus hooks.
 */
function later<T extends object>(get: () => T | undefined): T {
  const real = (): T => {
    const value = get();
    if (!value) throw new Error('used before beforeAll ran');
    return value;
  };
  return new Proxy({} as T, {
    get: (_t, key) => {
      const value = Reflect.get(real(), key);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
    has: (_t, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** One API server on its own database for the test file, started before its tests and closed after. */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): { app: TestApp } {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return { app: later(() => app) };
}

/** The same, with one small complete world (fixtures.buildWorld) made through the API. */
export function useWorld(options: Parameters<typeof startTestApp>[0] = {}): { app: TestApp; world: World } {
  const { app } = useTestApp(options);
  let world: World | undefined;
  beforeAll(async () => {
    world = await buildWorld(app);
  });
  return { app, world: later(() => world) };
}
