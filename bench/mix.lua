-- wrk script: cycle through a mix of public pages and API calls, as a proxy
-- terminating TLS would forward them (X-Forwarded-Proto: https). The paths below
-- suit the seed; a file named after `--` lists others, one a line (bench/bench.py
-- --under-edits passes the benchmark's mix).
local paths = {
  "/",
  "/?event_type=meeting",
  "/?person=sergei-ivanov&date_from=2004-04-01",
  "/events/de-hoop-scheffer-visits-moscow/",
  "/people/sergei-ivanov/",
  "/places/moscow/",
  "/sources/nato-and-russia-enhance-military-cooperation/",
  "/api/events/",
  "/api/events/?person=sergei-ivanov&agreement=nato-russia-sofa",
  "/api/events/?q=exercise&page_size=10",
  "/api/events/de-hoop-scheffer-visits-moscow/",
  "/api/people/",
  "/api/sources/",
  "/healthz",
}
local counter = 0

init = function(args)
  if args[1] then
    paths = {}
    for line in io.lines(args[1]) do
      table.insert(paths, line)
    end
  end
end

wrk.headers["X-Forwarded-Proto"] = "https"

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.1f rps=%.1f non_2xx_3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("LATENCY p%s_ms=%.1f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("LATENCY max_ms=%.1f\n", latency.max / 1000))
end
