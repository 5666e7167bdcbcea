# One image definition for every service: docker build --build-arg SERVICE=case-service .
# Build the jars first (./mvnw -DskipTests package); the image only runs them.
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-*.jar /app/service.jar
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-Daxoniq.update-checker.disabled=true", \
            "-Ddisable-axoniq-console-message=true", "-jar", "/app/service.jar"]
