# types.CoroutineType, GeneratorType and AsyncGeneratorType match the objects.
import types

async def co():
    pass

def gen():
    yield

async def agen():
    yield

c = co()
print(isinstance(c, types.CoroutineType), isinstance(c, types.GeneratorType))
print(isinstance(gen(), types.GeneratorType))
print(isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(co, types.FunctionType), isinstance(co.__code__, types.CodeType))
print(types.CoroutineType.__name__, types.GeneratorType.__name__, types.AsyncGeneratorType.__name__)
c.close()
