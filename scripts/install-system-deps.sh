#!/usr/bin/env bash
# Install the Debian packages the checks and tests use, if missing:
#   Java (HermiT via owlready2, the OWL API profile checker, Apache Jena), the OWL API, Apache Jena,
#   Virtuoso 7 (a real SPARQL server for the tests), and Chromium with its WebDriver (the browser
#   tests of `ump-kg serve` and the screenshots of scripts/bench_serve.py).
set -euo pipefail
need=()
command -v java >/dev/null || need+=(default-jre-headless)
command -v javac >/dev/null || need+=(default-jdk-headless)
command -v unzip >/dev/null || need+=(unzip)
[ -f /usr/share/java/owlapi-api.jar ] || need+=(libowlapi-java)
[ -f /usr/share/java/jena-core.jar ] || need+=(libapache-jena-java)
command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource-7-bin)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing Debian packages: ${need[*]}" >&2
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
