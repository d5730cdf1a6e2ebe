# The API and the built console (served at /admin) in production mode.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/package.json
COPY admin/package.json admin/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/package.json
COPY admin/package.json admin/package.json
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/admin/dist admin/dist
USER node
EXPOSE 4000
CMD ["node", "--max-semi-space-size=16", "api/dist/main.js"]
