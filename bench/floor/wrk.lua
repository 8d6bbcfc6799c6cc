-- wrk script for bench/floor/run.sh. One scenario per run:
--
--   wrk -c 32 -t 2 -d 20s -s bench/floor/wrk.lua http://127.0.0.1:PORT -- SCENARIO DATA_DIR NACCOUNTS
--
-- SCENARIO: transfers | user
-- DATA_DIR/users.txt: the seeded users' ids, one a line
-- NACCOUNTS: the number of accounts in bench_http.account_ids (bench/http/pgbench-setup.sql)
--
--   transfers  POST /transfers {"from": a, "to": b, "amount": "0.cc"}: a random pair of distinct account
--              numbers, picked as bench/http/transfer.sql picks them, 0.01..0.99 EUR
--   user       GET /users/{id} of a random seeded user
--
-- done() prints the line bench/floor/run.sh parses, in bench/http/wrk.lua's format:
--   RESULT <scenario> <requests/s> <p50 ms> <p99 ms> <requests> <non-2xx> <socket errors> <status=count,...>
-- and the first non-2xx body seen, if any.

dofile("bench/http/wrk-report.lua")

local users = {}
local naccounts = 0

function init(args)
   scenario = args[1]
   local file = assert(io.open(args[2] .. "/users.txt", "r"), "cannot read " .. args[2] .. "/users.txt")
   for line in file:lines() do
      if line ~= "" then
         table.insert(users, line)
      end
   end
   file:close()
   naccounts = tonumber(args[3] or "0")
   math.randomseed(os.time() * 100 + (tid or 0))
   for _ = 1, 10 do math.random() end
end

local transfer_headers = { ["Content-Type"] = "application/json" }

local function transfer()
   -- as transfer.sql: a = random(1, n), b = 1 + (a + random(0, n - 2)) % n, never a
   local a = math.random(1, naccounts)
   local b = 1 + (a + math.random(0, naccounts - 2)) % naccounts
   local body = string.format('{"from":%d,"to":%d,"amount":"0.%02d"}', a, b, math.random(1, 99))
   return wrk.format("POST", "/transfers", transfer_headers, body)
end

local function get_user()
   return wrk.format("GET", "/users/" .. users[math.random(#users)])
end

function request()
   if scenario == "transfers" then
      return transfer()
   elseif scenario == "user" then
      return get_user()
   end
   error("unknown scenario " .. tostring(scenario))
end
