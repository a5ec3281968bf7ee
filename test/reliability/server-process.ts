// The API server in a process of its own, as `npm start` runs it (plain Node module resolution,
// so one copy of `graphql`; its heap its alone). Started by startServerProcess() with
// `--expose-gc`, it listens on 127.0.0.1, says where over IPC, and on request runs a full garbage
// collection and reports process.memoryUsage().
import { Database } from '../../graph/database.ts';
import { createApp } from '../../server/app.ts';
import { defaultServerConfig } from '../../server/config.ts';
import { listen } from '../../server/http-server.ts';
import { createLogger } from '../../server/logger.ts';

const send = (message: unknown) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

const db = await Database.connect({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER,
  password: process.env.NEO4J_PASSWORD,
  database: process.env.NEO4J_DATABASE,
  attempts: 3,
});
// Logs at warn: a line per request would measure the pipe to the parent, not the server.
const app = createApp({ db, config: defaultServerConfig(), logger: createLogger('warn') });
const server = await listen(app, { port: 0, host: '127.0.0.1' });

process.on('message', async (message: { type: string }) => {
  if (message.type === 'heap') {
    // Twice: the first pass can leave garbage that finalizers released.
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
    send({ type: 'heap', gc: Boolean(gc), ...process.memoryUsage() });
  } else if (message.type === 'close') {
    await server.close();
    await db.close();
    process.exit(0);
  }
});
send({ type: 'ready', url: server.url });
