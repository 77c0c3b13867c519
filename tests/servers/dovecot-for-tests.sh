#!/bin/sh
# dovecot-for-tests.sh - throwaway Dovecot IMAP server for automated tests.
#
#   dovecot-for-tests.sh start  DIR PORT TLSPORT   generate DIR/dovecot.conf (first time) and start
#   dovecot-for-tests.sh stop   DIR                stop: SIGTERM to the master's process group, wait
#   dovecot-for-tests.sh status DIR                exit 0 and print the PID if running, else exit 3
#
# Everything lives under DIR (absolute or relative, created if missing):
#   DIR/dovecot.conf     generated config (delete it to regenerate)
#   DIR/users            passwd-file, plain passwords
#   DIR/tls/cert.pem     self-signed cert (CN=localhost, SAN localhost + 127.0.0.1),
#   DIR/tls/key.pem      generated with openssl unless already present
#   DIR/mail/USER/Maildir   mailboxes (INBOX = Maildir/, folder X = Maildir/.X/)
#   DIR/dovecot.log      all logs
#   DIR/run/             base_dir: master.pid and sockets (path must stay short)
#   DIR/state/           state_dir
# Listens on 127.0.0.1 only: plain IMAP (STARTTLS offered) on PORT, IMAPS on TLSPORT.
# Nothing under /etc/dovecot is read or written; no system service is used.
#
# Environment (read by "start" when the config is generated):
#   DOVECOT_TEST_USERS  space-separated user:password pairs
#                       (default "complaints@council.example:secret other@council.example:secret2")
#   DOVECOT_TEST_MAIL_USER  system user owning the mail files when started as root (default nobody)
#   DOVECOT_TEST_DEBUG=1    add auth_debug/mail_debug to the config
#   DOVECOT_TEST_OAUTH2_URL also accept XOAUTH2/OAUTHBEARER tokens, checked by POSTing them
#                       to this token-introspection URL (RFC 7662: {"active": true, "username": ...})
# Copied from the project's shared recipe (verified on Debian 12); the OAuth2 option is ours.
# Needs: apt-get install -y dovecot-imapd (also pulls openssl).
set -eu

PATH=$PATH:/usr/sbin:/sbin

die() { echo "dovecot-for-tests: $*" >&2; exit 1; }
usage() { echo "usage: $0 start DIR PORT TLSPORT | stop DIR | status DIR" >&2; exit 2; }

[ $# -ge 2 ] || usage
cmd=$1
if [ "$cmd" = start ]; then mkdir -p "$2"; fi
if [ ! -d "$2" ]; then echo "stopped (no such dir: $2)"; [ "$cmd" = status ] && exit 3; exit 0; fi
dir=$(cd "$2" && pwd -P)
conf=$dir/dovecot.conf
run=$dir/run
pidfile=$run/master.pid

alive() {
    # a daemonized master is re-parented to PID 1; if PID 1 reaps slowly (or never, in
    # some containers) the exited master stays a zombie, so state Z counts as dead
    kill -0 "$1" 2>/dev/null || return 1
    if [ -r "/proc/$1/stat" ]; then
        read -r _ _ st _ < "/proc/$1/stat" || return 1
        [ "$st" != Z ] || return 1
    fi
    return 0
}

group_alive() {
    # true while a non-zombie process is in process group $1 (Linux /proc)
    g=$1
    for f in /proc/[0-9]*/stat; do
        read -r s 2>/dev/null < "$f" || continue
        s=${s##*) }          # drop "pid (comm) ", comm may contain spaces
        # shellcheck disable=SC2086  # word splitting wanted: $1 state, $2 ppid, $3 pgrp
        set -- $s
        [ "${3:-}" = "$g" ] && [ "$1" != Z ] && return 0
    done
    return 1
}

running_pid() {
    # prints the master PID and returns 0 if it is alive
    [ -s "$pidfile" ] || return 1
    p=$(cat "$pidfile")
    alive "$p" || return 1
    # guard against a stale pid file whose PID now belongs to another program
    if [ -r "/proc/$p/comm" ]; then
        [ "$(cat "/proc/$p/comm")" = dovecot ] || return 1
    fi
    echo "$p"
}

user_exists() { id "$1" >/dev/null 2>&1; }

# run "test ..." as another user (only when root); used to catch unreachable temp dirs
can_as() {
    u=$1; shift
    if command -v runuser >/dev/null 2>&1; then
        runuser -u "$u" -- "$@"
    else
        su -s /bin/sh -c "$*" "$u"
    fi
}

generate_config() {
    port=$1; tlsport=$2
    # UNIX socket paths are limited to 107 bytes; Dovecot's longest socket name is ~25 chars.
    [ ${#run} -le 78 ] || die "DIR path too long for UNIX sockets (${#run} > 78 chars): $run; use a short dir such as /tmp/dovecot-XXXX"

    if [ "$(id -u)" = 0 ]; then
        mail_user=${DOVECOT_TEST_MAIL_USER:-nobody}
        if user_exists dovecot; then internal_user=dovecot; else internal_user=nobody; fi
        if user_exists dovenull; then login_user=dovenull; else login_user=nobody; fi
    else
        # rootless: every process runs as the invoking user
        mail_user=$(id -un); internal_user=$mail_user; login_user=$mail_user
    fi
    user_exists "$mail_user" || die "mail user $mail_user does not exist"
    mail_uid=$(id -u "$mail_user"); mail_gid=$(id -g "$mail_user")
    internal_group=$(id -gn "$internal_user")
    [ "$mail_uid" != 0 ] || die "Dovecot refuses mail access as root; set DOVECOT_TEST_MAIL_USER to an unprivileged user"

    mkdir -p "$run" "$dir/state" "$dir/mail" "$dir/tls"

    if [ ! -s "$dir/tls/cert.pem" ] || [ ! -s "$dir/tls/key.pem" ]; then
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -days 3650 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$dir/tls/key.pem" -out "$dir/tls/cert.pem" 2>/dev/null \
            || die "openssl failed to create the self-signed certificate"
        chmod 600 "$dir/tls/key.pem"; chmod 644 "$dir/tls/cert.pem"
    fi

    : > "$dir/users.tmp"
    for pair in ${DOVECOT_TEST_USERS:-complaints@council.example:secret other@council.example:secret2}; do
        u=${pair%%:*}; pw=${pair#*:}
        if [ -z "$u" ] || [ "$u" = "$pair" ]; then
            die "bad DOVECOT_TEST_USERS entry: $pair (want user:password)"
        fi
        mkdir -p "$dir/mail/$u"
        # passwd-file: user:{PLAIN}password:uid:gid:gecos:home:shell:extra
        echo "$u:{PLAIN}$pw:$mail_uid:$mail_gid::$dir/mail/$u::" >> "$dir/users.tmp"
    done
    mv "$dir/users.tmp" "$dir/users"
    chmod 644 "$dir/users"      # read by the auth process (runs as $internal_user)
    chmod 755 "$dir" "$dir/state"
    if [ "$(id -u)" = 0 ]; then
        chown -R "$mail_uid:$mail_gid" "$dir/mail"
        # the mail user must be able to reach DIR (pytest's tmp_path under /tmp/pytest-of-root is 0700!)
        can_as "$mail_user" test -w "$dir/mail" \
            || die "user $mail_user cannot write $dir/mail (a parent dir is not world-searchable); use e.g. mktemp -d /tmp/dovecot-XXXXXX"
        can_as "$internal_user" test -r "$dir/users" \
            || die "user $internal_user cannot read $dir/users (a parent dir is not world-searchable)"
    fi

    oauth2_passdb=""
    oauth2_mechs=""
    if [ -n "${DOVECOT_TEST_OAUTH2_URL:-}" ]; then
        oauth2_mechs="xoauth2 oauthbearer"
        cat > "$dir/oauth2.conf.ext" <<EOF2
introspection_mode = post
introspection_url = $DOVECOT_TEST_OAUTH2_URL
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
EOF2
        chmod 644 "$dir/oauth2.conf.ext"
        oauth2_passdb="passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf.ext
}"
    fi
    debug=no
    chroot_line=""
    # rootless: login/anvil processes cannot chroot
    [ "$(id -u)" = 0 ] || chroot_line="chroot ="
    [ "${DOVECOT_TEST_DEBUG:-0}" = 1 ] && debug=yes

    cat > "$conf.tmp" <<EOF
# Generated by dovecot-for-tests.sh - throwaway test instance, do not use in production.
protocols = imap
listen = 127.0.0.1
base_dir = $run
state_dir = $dir/state
instance_name = dovecot-test-$port
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
debug_log_path = $dir/dovecot.log
auth_verbose = yes
# no 2 s sleep after a failed login
auth_failure_delay = 0
auth_debug = $debug
mail_debug = $debug
verbose_proctitle = yes

default_internal_user = $internal_user
default_internal_group = $internal_group
default_login_user = $login_user
first_valid_uid = $mail_uid
last_valid_uid = $mail_uid
first_valid_gid = $mail_gid
last_valid_gid = $mail_gid

ssl = yes
ssl_cert = <$dir/tls/cert.pem
ssl_key = <$dir/tls/key.pem
# plain LOGIN/AUTHENTICATE PLAIN allowed on the unencrypted port too
disable_plaintext_auth = no
auth_mechanisms = plain login $oauth2_mechs

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
$oauth2_passdb
userdb {
  driver = passwd-file
  args = username_format=%u $dir/users
}

mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
# IDLE: inotify normally wakes the session at once; poll every second as a fallback
mailbox_idle_check_interval = 1 secs

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $tlsport
    ssl = yes
  }
  $chroot_line
}
# Disable the per-IP auth penalty: otherwise, after one failed login from 127.0.0.1,
# every later login of the whole test session waits up to 15 s. (Listener not created.)
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
  $chroot_line
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF
    mv "$conf.tmp" "$conf"
}

case $cmd in
start)
    [ $# -eq 4 ] || usage
    command -v dovecot >/dev/null 2>&1 || die "dovecot not installed (apt-get install -y dovecot-imapd)"
    if p=$(running_pid); then
        echo "already running, pid $p"; exit 0
    fi
    # a stale auth-penalty socket from an older config would make the first login wait 5 s
    rm -f "$pidfile" "$run/anvil-auth-penalty"
    # the config is regenerated when missing or when the ports changed
    if [ ! -s "$conf" ] || ! grep -q "^instance_name = dovecot-test-$3\$" "$conf" \
       || ! grep -q "port = $4\$" "$conf"; then
        generate_config "$3" "$4"
    fi
    # dovecot binds the listeners before it daemonizes: rc != 0 on a busy port or a bad config
    if ! dovecot -c "$conf" 2> "$dir/start.err"; then
        cat "$dir/start.err" >&2
        [ -f "$dir/dovecot.log" ] && tail -n 20 "$dir/dovecot.log" >&2
        die "dovecot failed to start (config $conf)"
    fi
    i=0
    until p=$(running_pid); do
        i=$((i + 1)); [ $i -le 100 ] || die "no master.pid after 10 s, see $dir/dovecot.log"
        sleep 0.1
    done
    echo "started pid $p imap=127.0.0.1:$3 imaps=127.0.0.1:$4 dir=$dir"
    ;;
stop)
    if p=$(running_pid); then
        # SIGTERM to the whole process group (PGID = master PID, the master calls setsid):
        # every process shuts down at once (~10 ms; clients get "* BYE Server shutting down.").
        # Only signalling the master (= doveadm -c DIR/dovecot.conf stop) takes ~1.1 s and
        # leaves imap/imap-login/log processes serving connected clients until they log out.
        kill -TERM "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
        i=0
        while group_alive "$p"; do
            i=$((i + 1))
            if [ $i -gt 100 ]; then kill -KILL "-$p" 2>/dev/null || true; break; fi
            sleep 0.05
        done
        echo "stopped pid $p"
    else
        echo "not running"
    fi
    rm -f "$pidfile"
    ;;
status)
    if p=$(running_pid); then echo "running pid $p"; exit 0; fi
    echo "stopped"; exit 3
    ;;
*) usage ;;
esac
