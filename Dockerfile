# syntax=docker/dockerfile:1
# Multi-stage: bundle the TypeScript once (npm run build → dist/main.js running dist/waystation.cjs with the V8
# code cache written by the same Node as the runtime stage's; Lua and data files copied), install
# production dependencies once, then run the compiled JavaScript as a non-root user. Locales, prompts
# and the content pack are read from the files beside dist/, as in a checkout. The monthly export and the
# FAQ drafts run in the image as `node dist/export.js …` and `node dist/gaps-export.js` (README).

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
# All of scripts/: the build also bundles the operator's tools (export.ts, gaps-export.ts → dist/*.js).
COPY scripts ./scripts
COPY src ./src
# The commit named in the start-up log and /healthz (no .git in the build context): pass it to tell releases apart.
ARG WAYSTATION_COMMIT=
RUN npm run build

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_PORT=8080 \
    CONTENT_DIR=/app/content
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY locales ./locales
COPY prompts ./prompts
COPY content ./content
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]
