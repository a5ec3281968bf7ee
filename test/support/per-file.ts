// Set-up of every integration and end-to-end file: what the file borrowed from the run goes back
// when it ends. Registered before the file's own hooks, this afterAll runs after them (vitest runs
// after-hooks in reverse), so a file's own clean-up still has its database.
import { afterAll } from 'vitest';
import { releaseTestDatabase } from './database.ts';

afterAll(releaseTestDatabase);
