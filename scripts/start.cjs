// `npm start`: one launcher process. It checks the build in this process (ensure-built.cjs: a few
// ms of stat calls when nothing changed), then runs start-all.js here, which starts the chain once,
// in a child with glibc's malloc settings (lib/rerun-with-env.ts), and passes signals on. Before,
// npm ran ensure-built and start-all as two node processes, and start-all ran itself again.
require('./ensure-built.cjs');
require('./dist/start-all.js');
