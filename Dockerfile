# One duo-sim world per container (docs/deployment.md): the four services and the console in one
# process, as `npm start` runs them, with the world's data in the /data volume.

# Build: every dependency (TypeScript, esbuild), the compiled dist/ folders, better-sqlite3's
# native module, built from source when no prebuilt binary fits, and the malloc addon
# (native/malloc: mallopt and malloc_trim, docs/development.md).
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared shared
COPY services services
COPY ketentest ketentest
COPY console console
COPY scripts scripts
COPY native native
# test-support is a workspace of the tests: npm ci needs its package.json, the image nothing else of it.
COPY test-support/package.json test-support/
# The root postinstall builds the test project too; the image builds only what runs.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 @duo-sim/malloc
RUN npx tsc -b shared services/rio services/osr services/bron services/verzuim ketentest console console/web scripts \
  && node console/bundle.cjs \
  && node scripts/bundle.cjs

# Run: the runtime dependencies only, the dist/ folders, the seed world and the examples the
# scenarios send.
FROM node:20-bookworm-slim
# MALLOC_MMAP_THRESHOLD_: what npm start gives the chain's process (scripts/src/lib/malloc-settings.ts,
# docs/security.md), set here from the start; the addon then only trims (shared/src/malloc-trim.ts).
ENV NODE_ENV=production \
  SIM_DATA_DIR=/data \
  SIM_HOST=0.0.0.0 \
  MALLOC_MMAP_THRESHOLD_=65536
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY services/rio/package.json services/rio/
COPY services/osr/package.json services/osr/
COPY services/bron/package.json services/bron/
COPY services/verzuim/package.json services/verzuim/
COPY ketentest/package.json ketentest/
COPY console/package.json console/
COPY test-support/package.json test-support/
COPY native/malloc/package.json native/malloc/index.cjs native/malloc/
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/node_modules/better-sqlite3/build node_modules/better-sqlite3/build
COPY --from=build /app/native/malloc/build/Release/duo_malloc.node native/malloc/build/Release/
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/services/rio/dist services/rio/dist
COPY --from=build /app/services/osr/dist services/osr/dist
COPY --from=build /app/services/bron/dist services/bron/dist
COPY --from=build /app/services/verzuim/dist services/verzuim/dist
COPY --from=build /app/ketentest/dist ketentest/dist
COPY --from=build /app/console/dist console/dist
COPY --from=build /app/scripts/dist scripts/dist
COPY scripts/bundle-loader.cjs scripts/
COPY shared/schemas shared/schemas
COPY fixtures fixtures
COPY docs/examples docs/examples
# The chain's code cache (scripts/bundle-loader.cjs), written by the first start: the node user's.
RUN mkdir -p /data scripts/dist/bundle/code-cache && chown node:node /data scripts/dist/bundle/code-cache
USER node
VOLUME /data
# RIO, OSR, BRON, verzuimregister (mTLS). The console listens on 127.0.0.1 only (docs/console.md).
EXPOSE 9441 9442 9443 9444
# /health over mTLS with DUO's certificate from the world's own PKI, as `npm run sim -- status`.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "scripts/dist/cli.js", "status"]
CMD ["node", "--max-semi-space-size=2", "scripts/dist/start-all.js"]
