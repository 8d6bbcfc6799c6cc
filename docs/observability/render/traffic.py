#!/usr/bin/env python3
"""Drives a running Portside with a mixed load and scrapes /prometheus while it runs.

Not a benchmark: a bounded, light load (a few threads, a fixed duration) against 127.0.0.1 so that the
dashboard's panels have real samples to draw. Usage:
    traffic.py BASE_URL ADMIN_LOGIN ADMIN_PASSWORD SECONDS OUT_DIR
Writes OUT_DIR/scrape-NNN.txt (one /prometheus answer each, the first line is the epoch time).
"""
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BASE, ADMIN, ADMIN_PASSWORD, SECONDS, OUT = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]


def call(method, path, token=None, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text.startswith(("{", "[")) else text)
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, OSError):
        return 0, None  # the service went away (the run is ending); the load does not stop the script


def login(name, password):
    return call("POST", "/api/auth/login", body={"login": name, "password": password})[1]["accessToken"]


def user():
    name = "load_" + uuid.uuid4().hex[:10]
    call("POST", "/api/users", body={"username": name, "email": name + "@example.com", "password": "password-" + name})
    return login(name, "password-" + name)


def worker(stop, admin_token, products):
    token = user()
    accounts = [call("POST", "/api/accounts", token, {"currency": "EUR"})[1]["id"] for _ in range(2)]
    call("POST", f"/api/accounts/{accounts[0]}/deposits", token, {"amount": {"amount": "100000.00", "currency": "EUR"}})
    last_key = None
    while not stop.is_set():
        roll = random.random()
        if roll < 0.35:
            key = str(uuid.uuid4())
            amount = "1.00" if random.random() < 0.9 else "999999.00"  # some refused: insufficient_funds
            call("POST", "/api/transfers", token, {"fromAccountId": accounts[0], "toAccountId": accounts[1],
                 "amount": {"amount": amount, "currency": "EUR"}, "reference": "load"}, {"Idempotency-Key": key})
            last_key = key
        elif roll < 0.40 and last_key:
            call("POST", "/api/transfers", token, {"fromAccountId": accounts[0], "toAccountId": accounts[1],
                 "amount": {"amount": "1.00", "currency": "EUR"}, "reference": "load"}, {"Idempotency-Key": last_key})
        elif roll < 0.75:
            call("GET", "/api/products/" + random.choice(products))
        elif roll < 0.85:
            call("GET", f"/api/accounts/{accounts[0]}", token)
        elif roll < 0.95:
            call("GET", "/api/posts")
        else:
            call("GET", "/api/users/me", token)


def main():
    admin_token = login(ADMIN, ADMIN_PASSWORD)
    products = []
    for i in range(20):
        status, body = call("POST", "/api/products", admin_token, {"sku": "LOAD-" + uuid.uuid4().hex[:8], "name": f"Thing {i}",
                            "category": "load", "price": {"amount": "9.99", "currency": "EUR"}, "stock": 1000})
        products.append(body["id"])
    stop = threading.Event()
    threads = [threading.Thread(target=worker, args=(stop, admin_token, products)) for _ in range(4)]
    for thread in threads:
        thread.start()
    started = time.time()
    n = 0
    while time.time() - started < SECONDS:
        status, text = call("GET", "/prometheus")
        with open(f"{OUT}/scrape-{n:03d}.txt", "w") as out:
            out.write(f"{time.time()}\n{text}")
        n += 1
        time.sleep(5)
    stop.set()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
