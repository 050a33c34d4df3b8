# newsdesk in a small image: node 20 slim, production dependencies only, a non-root user.
#   docker build -t newsdesk .
#   docker run -d --name newsdesk --env-file .env -v newsdesk-data:/data newsdesk
# Several instances on one PostgreSQL store: compose.yaml. Operator guide: docs/operator-guide.md.

# Build stage: better-sqlite3 and sqlite3 compile native code when no prebuilt binary fits;
# the compilers stay in this stage.
FROM node:20-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
# Memory tuning, as `npm start` and the systemd unit do (src/runtime-tuning.ts; a test checks it).
ENV MALLOC_ARENA_MAX=2
# The embedded store on the /data volume; the operations listener for the health check (loopback:
# the check runs inside the container). Without a platform token the image refuses to start rather
# than open a terminal chat nobody can type into.
ENV STORE_URL=sqlite:///data/newsdesk.sqlite \
    SOURCES_FILE=/app/samples/sources.yaml \
    HTTP_PORT=9464 \
    CONSOLE=false
COPY --from=build /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY briefings ./briefings
COPY samples ./samples
COPY locales ./locales
RUN mkdir -p /data && chown node:node /data
# The image's own unprivileged user (uid 1000).
USER node
VOLUME ["/data"]
# curl is not in slim images: node's own fetch asks /healthz of this instance's HTTP_PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || '9464') + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node itself is PID 1 and receives SIGTERM (orderly stop) and SIGHUP (reload).
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=2", "bin/newsdesk.js", "start"]
