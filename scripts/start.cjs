// `npm start`: one process. It checks the build here (ensure-built.cjs: a few ms of stat calls when
// nothing changed), then runs start-all.js here, which runs the chain in this same process: the
// @duo-sim/malloc addon sets glibc's malloc setting in it. Only without the addon does start-all
// start the chain once more, as a child with the setting in its environment (lib/rerun-with-env.ts),
// and pass signals on.
require('./ensure-built.cjs');
require('./dist/start-all.js');
