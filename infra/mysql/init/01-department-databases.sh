#!/bin/bash
# Runs once, at the first start of an empty MySQL data directory (docker-entrypoint-initdb.d): one database
# and one user per department (and one for the gateway's own API-key store), each user allowed on its own database only. Passwords come from the
# environment (<DEPARTMENT>_DB_PASSWORD); letters, digits, '-' and '_' only, so they are safe in SQL.
set -euo pipefail
for dept in geography education vocational workforce awards culture programme gateway; do
  var="$(echo "$dept" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  pass="${!var:?$var must be set}"
  if [[ ! "$pass" =~ ^[A-Za-z0-9_-]+$ ]]; then echo "$var: letters, digits, - and _ only" >&2; exit 1; fi
  mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS \`lsp_$dept\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'lsp_$dept'@'%' IDENTIFIED BY '$pass';
GRANT ALL PRIVILEGES ON \`lsp_$dept\`.* TO 'lsp_$dept'@'%';
SQL
done
