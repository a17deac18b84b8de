#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these machines.
# `prisma generate` only checks that the file exists; migrations go through scripts/db/schema-engine.ts.
echo "The native Prisma schema engine is not installed here: use npm run db:migrate / db:deploy instead." >&2
exit 1
