#!/bin/sh
# Run once by the postgres image on first start: one database and one role per service.
set -eu
for db in identity case_service tracking_service reporting_service; do
  var=$(echo "${db}_PASSWORD" | tr '[:lower:]' '[:upper:]')
  password=$(eval "echo \$$var")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
create role $db login password '$password';
create database $db owner $db;
SQL
done
