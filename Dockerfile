# syntax=docker/dockerfile:1
#
# SkillsPlan: build the production jar (Vaadin's pre-compiled bundle, no Node), then run it on a JRE
# as a non-root user. Used by docker-compose.yml (PostgreSQL behind a TLS proxy). On its own it starts
# on an embedded H2 in /app/data with no accounts at all (demo data is for ./mvnw spring-boot:run only),
# so name the first administrator:
#   docker build -t skillsplan .
#   docker run -p 8080:8080 -e SKILLSPLAN_FIRST_ADMIN_USERNAME=you -e SKILLSPLAN_FIRST_ADMIN_PASSWORD=... skillsplan
# Served to others, put it behind an HTTPS proxy and add SPRING_PROFILES_ACTIVE=production (see README).

# ---- stage 1: build -------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# The wrapper and the pom first, so the dependency download is cached while only src/ changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw \
 && ./mvnw -B -q -Pproduction dependency:resolve dependency:resolve-plugins || true

# Then the rest of the sources (src/, the hand-written frontend/ files; see .dockerignore).
COPY . .
RUN ./mvnw -B -Pproduction -DskipTests package \
 && cp target/skillsplan-*.jar /build/app.jar

# ---- stage 2: run ---------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system skillsplan \
 && useradd --system --gid skillsplan --home-dir /app --shell /usr/sbin/nologin skillsplan \
 && mkdir -p /app/data \
 && chown -R skillsplan:skillsplan /app
WORKDIR /app
COPY --from=build --chown=skillsplan:skillsplan /build/app.jar /app/app.jar

USER skillsplan
EXPOSE 8080
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
