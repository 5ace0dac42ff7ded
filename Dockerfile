# comp-coach: build the shaded jar with Maven, run it on a JRE-only image as a non-root user.

# ---- build ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a source change does not download the world again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY seeds ./seeds
RUN mvn -B -q -DskipTests package

# ---- run ----
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK only; the JRE image does not promise it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 compcoach \
 && useradd --system --uid 10001 --gid compcoach --home-dir /app --shell /usr/sbin/nologin compcoach \
 && mkdir -p /app/guides /app/state \
 && chown -R compcoach:compcoach /app
WORKDIR /app
COPY --from=build --chown=compcoach:compcoach /src/target/comp-coach.jar /app/comp-coach.jar
# The class-data archive, made by this image's own JVM (an archive only fits the JVM build and jar that wrote it):
# `warm-up` talks to a built-in stand-in of Slack only, on loopback, and exits. The first answer then comes in about
# half the time.
# The same JVM flags as the ENTRYPOINT, so the archive's assumptions (heap layout, compressed pointers) hold.
RUN java -XX:ArchiveClassesAtExit=/app/comp-coach.jsa -Xlog:cds=off -XX:MaxRAMPercentage=70 -XX:+UseSerialGC \
         -Xss512k -jar /app/comp-coach.jar warm-up \
 && chown compcoach:compcoach /app/comp-coach.jsa
# The seed guides, so a fresh named volume at /app/guides starts with them; mount your own library there.
COPY --from=build --chown=compcoach:compcoach /src/seeds /app/guides

ENV PORT=3000 \
    GUIDES_DIR=/app/guides \
    STATE_DIR=/app/state
VOLUME ["/app/guides", "/app/state"]
EXPOSE 3000
USER compcoach

HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1

# A small container: heap as a share of the container's memory, the serial collector, smaller stacks.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/comp-coach.jsa", "-XX:MaxRAMPercentage=70", "-XX:+UseSerialGC", \
            "-XX:+ExitOnOutOfMemoryError", "-Xss512k", "-jar", "/app/comp-coach.jar"]
# HTTP mode by default; `socket` for Socket Mode (set SLACK_APP_TOKEN).
CMD ["serve"]
