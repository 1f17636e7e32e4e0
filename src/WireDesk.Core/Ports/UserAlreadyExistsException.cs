namespace WireDesk.Core.Ports;

public sealed class UserAlreadyExistsException(string name, Exception? inner = null)
    : Exception($"a desk user named '{name}' already exists", inner)
{
    public string UserName { get; } = name;
}
