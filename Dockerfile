# Production image of the Bridge API (it also serves the built portal).
# Build stage: install everything, build api + portal.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api portal --output-style=static

# Runtime stage: production dependencies and the build output only.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 PORTAL_DIR=dist/apps/portal/browser
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# DATA_DIR of the compose file (mail as .eml files when no SMTP_URL); a new volume takes this owner.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
