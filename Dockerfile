# Årshjul: build with Maven, run on a JRE. Models (processes/, forms/) are copied beside the jar
# and deployed at start-up; mount your own folders over them to run the municipality's versions.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home arshjul
WORKDIR /app
COPY --from=build /src/target/arshjul-*.jar app.jar
COPY processes processes
COPY forms forms
USER arshjul
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
