#!/usr/bin/env bash
# Installs RabbitMQ from Debian's packages when it is missing and starts a broker for the worker pool tests
# (tests/ArticleExtract.Tests/Worker), listening on loopback only: AMQP on 127.0.0.1:5672, and Erlang's port mapper
# and distribution port on loopback too. Idempotent: a broker already running is left as it is.
set -euo pipefail

export RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1
# The AMQP handshake may take up to a minute, not the default 10 s: the test process opens its connection while dozens
# of CPU-bound tests hold both cores and the thread pool, and a client that sent its protocol header 10 s late was
# disconnected ("handshake_timeout, frame_header" in the broker's log; the test saw "connection reset by peer").
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} -rabbit handshake_timeout 60000"

if ! command -v rabbitmq-server >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server
fi

if ! rabbitmqctl -n "$RABBITMQ_NODENAME" status >/dev/null 2>&1; then
  rabbitmq-server -detached
fi

# Right after -detached the node is not yet registered with epmd, and await_startup fails at once ("node not
# running at all") instead of waiting; so ask again until it answers. The first start creates the node's
# database: allow five minutes for a slow, shared machine.
for _ in $(seq 1 150); do
  if rabbitmqctl -n "$RABBITMQ_NODENAME" await_startup --timeout 60 >/dev/null 2>&1; then
    echo "RabbitMQ is up on 127.0.0.1:5672"
    exit 0
  fi
  sleep 2
done
echo "RabbitMQ did not start within five minutes" >&2
rabbitmqctl -n "$RABBITMQ_NODENAME" status >&2 || true
exit 1
