import { ConfigError, loadConfig, type Config } from '../config';

/** A command-line tool's configuration, or null once `out` has been told which setting is wrong. */
export function cliConfig(out: (line: string) => void): Config | null {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    out(`configuration error: ${e.message}`);
    return null;
  }
}
