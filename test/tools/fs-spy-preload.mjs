// Preloaded with `node --import` into a CLI run by a test: appends every path opened through node:fs
// (main thread and worker threads alike) to the file named by ACCSIM_FS_SPY_LOG, so a test can prove a
// command never opened some file (the choice data loader and the test split).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const log = process.env.ACCSIM_FS_SPY_LOG;
if (log) {
  const append = fs.appendFileSync;
  const record = (p) => {
    if (typeof p === 'string' || p instanceof URL) append(log, `${String(p)}\n`);
  };
  for (const name of ['readFileSync', 'openSync', 'createReadStream', 'readFile', 'open']) {
    const real = fs[name];
    fs[name] = function (p, ...rest) {
      record(p);
      return real.call(this, p, ...rest);
    };
  }
  const realPromiseOpen = fs.promises.open;
  fs.promises.open = (p, ...rest) => (record(p), realPromiseOpen(p, ...rest));
  const realPromiseRead = fs.promises.readFile;
  fs.promises.readFile = (p, ...rest) => (record(p), realPromiseRead(p, ...rest));
  syncBuiltinESMExports();
}
