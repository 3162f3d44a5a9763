#!/usr/bin/env bash
# Installs RabbitMQ from Debian's packages when it is missing and starts a broker for the worker pool tests
# (tests/ArticleExtract.Tests/Worker), listening on loopback only: AMQP on 127.0.0.1:5672, and Erlang's port mapper
# and distribution port on loopback too. Idempotent: a broker already running is left as it is.
set -euo pipefail

export RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

if ! command -v rabbitmq-server >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server
fi

if ! rabbitmqctl -n "$RABBITMQ_NODENAME" status >/dev/null 2>&1; then
  rabbitmq-server -detached
fi

# The first start creates the node's database: allow for a slow, shared machine.
timeout 300 rabbitmqctl -n "$RABBITMQ_NODENAME" await_startup --timeout 290
echo "RabbitMQ is up on 127.0.0.1:5672"
