#!/bin/bash
# The docker-compose broker: SASL/SCRAM-SHA-512 on the listener clients use, one principal per service, and ACLs so
# that each service reaches only its own topics and consumer group (nothing is allowed without a grant). Passwords
# come from the environment (compose reads them from the environment or an untracked .env file), never from here;
# letters and digits only (openssl rand -hex 24), as SCRAM's configuration syntax reserves = , [ ].
# The controller listener is plain but bound to the container's loopback, where only the broker itself connects.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}" "${KAFKA_CASE_SERVICE_PASSWORD:?}" "${KAFKA_TRACKING_SERVICE_PASSWORD:?}" \
  "${KAFKA_REPORTING_SERVICE_PASSWORD:?}"
bin=/opt/kafka/bin
data=/var/lib/kafka/data
config=/tmp/server.properties
admin=/tmp/admin.properties
umask 077

cat >"$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
# admin: the broker itself and this script; ANONYMOUS: the loopback-only controller listener
super.users=User:admin;User:ANONYMOUS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=false
log.dirs=$data
PROPERTIES

cat >"$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES

# The admin's credential is written with the storage (the broker needs it to start); the services' below.
if [ ! -f "$data/meta.properties" ]; then
  "$bin/kafka-storage.sh" format --standalone -t "$("$bin/kafka-storage.sh" random-uuid)" -c "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
fi

"$bin/kafka-server-start.sh" "$config" &
broker=$!
trap 'kill -TERM "$broker"; wait "$broker"' TERM INT
until "$bin/kafka-broker-api-versions.sh" --bootstrap-server localhost:9092 --command-config "$admin" >/dev/null 2>&1; do
  kill -0 "$broker" || exit 1
  sleep 1
done

# Each service's principal, its password set again on every start so that a changed secret takes effect.
for service in case-service tracking-service reporting-service; do
  name=${service//-/_}
  variable="KAFKA_${name^^}_PASSWORD"
  "$bin/kafka-configs.sh" --bootstrap-server localhost:9092 --command-config "$admin" --alter --entity-type users \
    --entity-name "$service" --add-config "SCRAM-SHA-512=[password=${!variable}]" >/dev/null
done

grant() {
  local principal=$1
  shift
  "$bin/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$admin" --add \
    --allow-principal "User:$principal" "$@" >/dev/null
}
# case-service alone writes case events (and declares the topic); it keeps the audit trail that every service writes
grant case-service --operation Write --operation Describe --operation Create --topic permanence.case-events.v1
grant case-service --operation Write --operation Read --operation Describe --operation Create --topic permanence.audit.v1
grant case-service --operation Read --operation Describe --group case-service-audit
# tracking and reporting read case events in their own group (and reset its offsets for a rebuild from the topic);
# tracking-service alone writes drift alerts; every service writes the audit trail of the case files it shows
grant tracking-service --operation Read --operation Describe --topic permanence.case-events.v1
grant tracking-service --operation Read --operation Describe --group tracking-service
grant tracking-service --operation Write --operation Describe --topic permanence.audit.v1
grant tracking-service --operation Write --operation Describe --operation Create --topic permanence.alerts.v1
grant reporting-service --operation Read --operation Describe --topic permanence.case-events.v1
grant reporting-service --operation Read --operation Describe --group reporting-service
grant reporting-service --operation Write --operation Describe --topic permanence.audit.v1
touch /tmp/acls-granted
wait "$broker"
