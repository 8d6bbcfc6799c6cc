-- Shared by bench/http/wrk.lua and bench/floor/wrk.lua (loaded with dofile from the repository root,
-- where both commands run wrk): numbers the threads ("tid"), counts the status codes per thread, and
-- prints one line per run:
--   RESULT <scenario> <requests/s> <p50 ms> <p99 ms> <requests> <non-2xx> <socket errors> <status=count,...>
-- and the first non-2xx body seen, if any (FIRST_NON_2XX). Reads the global "scenario" of the script.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("tid", thread_count)
   table.insert(threads, thread)
end

statuses = {}        -- per thread; read back in done() through thread:get
bad_body = nil

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if (status < 200 or status > 299) and bad_body == nil then
      bad_body = status .. " " .. string.sub(body or "", 1, 400)
   end
end

function done(summary, latency, requests)
   local counts, non2xx, first_bad = {}, 0, nil
   for _, thread in ipairs(threads) do
      local per_thread = thread:get("statuses") or {}
      for status, count in pairs(per_thread) do
         counts[status] = (counts[status] or 0) + count
         if status < 200 or status > 299 then
            non2xx = non2xx + count
         end
      end
      first_bad = first_bad or thread:get("bad_body")
   end
   local keys = {}
   for status in pairs(counts) do table.insert(keys, status) end
   table.sort(keys)
   local parts = {}
   for _, status in ipairs(keys) do table.insert(parts, status .. "=" .. counts[status]) end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   io.write(string.format("RESULT %s %.1f %.2f %.2f %d %d %d %s\n",
      scenario or "?", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, non2xx, socket_errors, #parts > 0 and table.concat(parts, ",") or "-"))
   if first_bad then
      io.write("FIRST_NON_2XX " .. string.gsub(first_bad, "\n", " ") .. "\n")
   end
end
