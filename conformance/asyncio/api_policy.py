# Event loop policies: the default one, a custom one whose new_event_loop
# is honoured by asyncio.run, and the type checks of the setters.
import asyncio

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(isinstance(policy, asyncio.DefaultEventLoopPolicy))
print(policy is asyncio.get_event_loop_policy())

try:
    asyncio.set_event_loop_policy(42)
except TypeError as exc:
    print("TypeError:", exc)

try:
    policy.set_event_loop("loop")
except TypeError as exc:
    print("TypeError:", exc)

made = []


class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        loop = super().new_event_loop()
        made.append(loop)
        return loop


asyncio.set_event_loop_policy(Policy())
print(type(asyncio.get_event_loop_policy()).__name__)


async def main():
    return asyncio.get_running_loop() is made[0]


print("run:", asyncio.run(main()), len(made))
loop = asyncio.new_event_loop()
print("new_event_loop made", len(made), loop is made[-1])
loop.close()

asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()) is asyncio.DefaultEventLoopPolicy)

for name in ("get_event_loop", "set_event_loop", "new_event_loop", "get_child_watcher"):
    try:
        getattr(asyncio.AbstractEventLoopPolicy(), name)()
    except NotImplementedError:
        print(name, "NotImplementedError")
    except TypeError:
        print(name, "TypeError")
