-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('password', 'password_totp', 'password_recovery_code', 'password_passkey', 'passkey');

-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('pending', 'failed', 'refused', 'succeeded');

-- CreateEnum
CREATE TYPE "AttemptStep" AS ENUM ('password', 'code', 'passkey');

-- CreateEnum
CREATE TYPE "PasskeyCeremony" AS ENUM ('registration', 'authentication');

-- AlterTable (edited by hand: past attempts keep their outcome; a failure's step is not known, and it stays null)
ALTER TABLE "LoginAttempt" ADD COLUMN     "outcome" "AttemptOutcome" NOT NULL DEFAULT 'pending',
ADD COLUMN     "step" "AttemptStep",
ADD COLUMN     "userId" TEXT;
UPDATE "LoginAttempt" SET "outcome" = CASE WHEN "success" THEN 'succeeded'::"AttemptOutcome" ELSE 'failed'::"AttemptOutcome" END;
ALTER TABLE "LoginAttempt" DROP COLUMN "success";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "method" "SignInMethod" NOT NULL DEFAULT 'password',
ADD COLUMN     "notice" JSONB,
ADD COLUMN     "passkeyId" TEXT;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLoginCount",
DROP COLUMN "lastFailedLoginAt",
ADD COLUMN     "failuresClearedAt" TIMESTAMP(3),
ADD COLUMN     "securityMailAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Passkey" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[],
    "deviceType" TEXT NOT NULL,
    "backedUp" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "Passkey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasskeyChallenge" (
    "challenge" TEXT NOT NULL,
    "purpose" "PasskeyCeremony" NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "ip" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasskeyChallenge_pkey" PRIMARY KEY ("challenge")
);

-- CreateIndex
CREATE UNIQUE INDEX "Passkey_credentialId_key" ON "Passkey"("credentialId");

-- CreateIndex
CREATE INDEX "Passkey_userId_idx" ON "Passkey"("userId");

-- CreateIndex
CREATE INDEX "PasskeyChallenge_ip_createdAt_idx" ON "PasskeyChallenge"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "PasskeyChallenge_expiresAt_idx" ON "PasskeyChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_ip_createdAt_idx" ON "LoginAttempt"("email", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_userId_createdAt_idx" ON "LoginAttempt"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_passkeyId_fkey" FOREIGN KEY ("passkeyId") REFERENCES "Passkey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passkey" ADD CONSTRAINT "Passkey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
