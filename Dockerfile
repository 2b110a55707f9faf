# kefu-lint serve: the HTTP service in a small image that runs as a non-root user.
#   docker build -t kefu-lint .
#   docker run --rm -p 8787:8787 kefu-lint
# The build stage has the dev tools (tsup); the runtime stage only the built library, the CLI
# package (packages/cli, which holds `serve`) and production deps.
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
COPY packages/cli/package.json packages/cli/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=root:root /src/package.json ./
COPY --from=build --chown=root:root /src/node_modules ./node_modules
COPY --from=build --chown=root:root /src/dist ./dist
COPY --from=build --chown=root:root /src/packages/cli ./packages/cli
# The image's `node` user (uid 1000) owns nothing it runs: the code is read-only to it.
USER node
EXPOSE 8787
# Listen on every interface inside the container; a config can be mounted and named with --config.
CMD ["node", "packages/cli/dist/cli.js", "serve", "--host", "0.0.0.0", "--port", "8787"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8787/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
