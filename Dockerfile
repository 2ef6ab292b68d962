# Multi-stage build: compile TypeScript with the dev dependencies, then ship only the
# compiled JavaScript and the production dependencies, running as a non-root user.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The emulator is a workspace package: npm ci links it by its manifest.
COPY emulator/package.json ./emulator/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY emulator ./emulator
COPY examples/web ./examples/web
RUN npm run build

FROM node:24-slim AS runtime
# GATEWAY_MAX_HEAP_MB is V8's old-space limit, as `npm start` uses it (override with -e); the
# young generation is held at 16 MB semi-spaces, as `npm start` holds it (see BENCHMARKS.md).
ENV NODE_ENV=production PORT=4000 GATEWAY_MAX_HEAP_MB=256
WORKDIR /app
COPY package.json package-lock.json ./
COPY emulator/package.json ./emulator/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The emulator, compiled apart from the gateway: loaded only in demo mode (and by compose's
# emulator service).
COPY --from=build /app/emulator/dist ./emulator/dist
COPY --from=build /app/examples/web/dist ./examples/web/dist
# With the web app's, the example client's operations are the default allow-list of persisted
# documents: codegen writes its manifest and the repository keeps it, so nothing builds it.
COPY examples/client/generated/persisted-documents.json ./examples/client/generated/
# The files stay root's: the `node` user (uid 1000 in the official images) can read, not change them.
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A shell expands the heap variable at start; exec then hands PID 1 to node, so `docker stop`'s
# SIGTERM reaches the gateway's graceful shutdown.
# --expose-gc: the server collects once before it listens, handing back what starting used (src/server.ts).
CMD ["sh", "-c", "exec node --max-old-space-size=${GATEWAY_MAX_HEAP_MB} --max-semi-space-size=16 --expose-gc dist/server.js"]
