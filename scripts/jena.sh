#!/usr/bin/env bash
# Run an Apache Jena command from Debian's libapache-jena-java (an independent RDF/SHACL oracle).
#   scripts/jena.sh riotcmd.riot --validate FILE
#   scripts/jena.sh shacl.shacl validate --shapes S --data D
# Debian's package has no launchers and two faults (see ../shared/notes/jena-on-debian.md):
# the full /usr/share/java class path has clashing SLF4J bindings, and jena-core looks for
# Xerces' message bundles under xerces/impl/ while shipping them under
# org/apache/jena/ext/xerces/impl/. We use a narrow class path and re-package the bundles once.
set -euo pipefail
J=/usr/share/java
if [ ! -f "$J/jena-core.jar" ]; then
  echo "Apache Jena is not installed: apt-get install -y libapache-jena-java" >&2
  exit 3
fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/ump-kg/jena"
fix="$cache/jena-xerces-messages.jar"
if [ ! -f "$fix" ]; then
  mkdir -p "$cache"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && unzip -q -o "$J/jena-core.jar" 'org/apache/jena/ext/xerces/impl/msg/*' \
     'org/apache/jena/ext/xerces/impl/xpath/regex/*.properties' \
   && mkdir -p xerces/impl/xpath \
   && mv org/apache/jena/ext/xerces/impl/msg xerces/impl/msg \
   && mkdir -p xerces/impl/xpath/regex \
   && mv org/apache/jena/ext/xerces/impl/xpath/regex/*.properties xerces/impl/xpath/regex/ \
   && rm -rf org && python3 -m zipfile -c "$fix.tmp" xerces && mv "$fix.tmp" "$fix")
fi
cp="$fix"
for jar in commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 \
  commons-logging-adapters commons-logging-api commons-logging dexx.collection fluent-hc gson \
  guava-31.1-jre guava httpclient-cache httpclient-osgi httpclient httpcore-nio httpcore \
  jackson-annotations jackson-core jackson-databind jakarta.json-api jena-arq jena-base jena-cmds \
  jena-core jena-dboe-base jena-dboe-index jena-dboe-storage jena-dboe-trans-data \
  jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 \
  jsonld-java protobuf-util protobuf thrift titanium-json-ld slf4j-api slf4j-simple; do
  cp="$cp:$J/$jar.jar"
done
exec java -cp "$cp" "$@"
