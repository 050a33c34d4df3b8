/**
 * The deployment files an operator copies (Docker is not run here): compose.yaml starts PostgreSQL 15
 * and two newsdesk instances on the same store, each with its own instance id and HTTP_PORT, a health
 * check on that port's /healthz, and a start that waits for a healthy database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

const root = path.resolve(import.meta.dirname, "..");

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
}

const compose = parse(readFileSync(path.join(root, "compose.yaml"), "utf8"), { merge: true }) as { services: Record<string, ComposeService> };

describe("compose.yaml", () => {
  const newsdesk = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

  it("runs PostgreSQL 15 with a health check, and two newsdesk instances sharing one store", () => {
    const postgres = compose.services.postgres;
    expect(postgres?.image).toBe("postgres:15");
    expect(postgres?.healthcheck?.test?.join(" ")).toContain("pg_isready");
    expect(newsdesk.map(([name]) => name)).toEqual(["newsdesk-1", "newsdesk-2"]);
    const urls = new Set(newsdesk.map(([, service]) => service.environment?.STORE_URL));
    expect(urls.size).toBe(1);
    expect([...urls][0]).toMatch(/^postgres:\/\/newsdesk:\$\{POSTGRES_PASSWORD:-newsdesk\}@postgres:5432\/newsdesk$/u);
    expect(new Set(newsdesk.map(([, service]) => service.environment?.STORE_TABLE_PREFIX)).size).toBe(1);
  });

  it("gives each instance its own id and HTTP_PORT, checked at /healthz, started once the database is healthy", () => {
    const ports = newsdesk.map(([, service]) => service.environment?.HTTP_PORT);
    const ids = newsdesk.map(([, service]) => service.environment?.INSTANCE_ID);
    expect(new Set(ports).size).toBe(2);
    expect(new Set(ids).size).toBe(2);
    for (const [, service] of newsdesk) {
      expect(service.depends_on?.postgres?.condition).toBe("service_healthy");
      expect(service.healthcheck?.test?.join(" ")).toContain(`http://127.0.0.1:${service.environment?.HTTP_PORT}/healthz`);
      // Each instance's settings pass newsdesk's own validation (the password as compose fills it in).
      const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, value.replace("${POSTGRES_PASSWORD:-newsdesk}", "newsdesk")]));
      expect(() => loadConfig({ ...environment, TELEGRAM_BOT_TOKEN: "1:token" }, undefined)).not.toThrow();
    }
  });
});

describe("Dockerfile", () => {
  it("copies every folder the running bot reads (code, commands, composers, sample feeds, language catalogues)", () => {
    const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
    const copied = new Set([...dockerfile.matchAll(/^COPY (\S+) \.\/\S+$/gmu)].map((match) => match[1]));
    for (const folder of ["bin", "src", "commands", "briefings", "samples", "locales"]) expect(copied).toContain(folder);
  });
});
