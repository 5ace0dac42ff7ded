-- wrk script for bench/slack-peers.sh: posts the captured comp-coach card to the fake Web API's chat.postMessage,
-- as comp-coach does (JSON body, bearer token). The card file's path is the script's one argument.
function init(args)
  local f = assert(io.open(args[1], "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json; charset=utf-8"
  wrk.headers["Authorization"] = "Bearer xoxb-test"
end
