-- wrk script for bench/space-home.sh. With THINK_MS set, each connection waits that long between its
-- requests (a user reading the page); latency is measured from sending to the full response either way.
-- Prints the figures as key=value lines (wrk's own --latency output has no p95).
local think = tonumber(os.getenv("THINK_MS") or "0")

if think > 0 then
  delay = function()
    return think
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p95_ms=%.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("rps=%.1f\n", summary.requests / (summary.duration / 1000000)))
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("errors=%d\n", errors))
end
