# The API server and the built explorer; Neo4j runs in its own container (docker-compose.yml).
# Built in stages so the image ships runtime dependencies only: Vite and the other
# devDependencies build the explorer in the first stage and stay there.

# 1. Every dependency, to build the explorer (client/dist) with Vite.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# client/dist is a symlink to the latest build under client/builds (client/build.ts); its contents
# are copied out as a plain folder for the image.
RUN npm run build:client && cp -RL client/dist /tmp/explorer

# 2. The dependencies the server needs at run time; tsx among them runs the TypeScript sources,
#    so the server has no compile step.
FROM node:20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The image: the server's sources, its runtime dependencies and the built explorer.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY graph ./graph
COPY seed ./seed
COPY server ./server
COPY --from=build /tmp/explorer ./client/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "server/start.ts"]
