using WireDesk.Transports.Bench;

// dotnet run -c Release --project bench/WireDesk.Transports.Bench -- push [rate=200] [seconds=60]
// dotnet run -c Release --project bench/WireDesk.Transports.Bench -- drop [files=50000]
// dotnet run -c Release --project bench/WireDesk.Transports.Bench -- copy DIR [files=10]   (the drop bench's copy, to read)
var mode = args.ElementAtOrDefault(0) ?? "push";
return mode switch
{
    "push" => await PushLatency.RunAsync(Arg(1, 200), Arg(2, 60)),
    "drop" => await DropThroughput.RunAsync(Arg(1, 50_000)),
    "copy" when args.Length > 1 => await DropThroughput.WriteAsync(args[1], Arg(2, 10)),
    _ => Usage(),
};

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: push [rate] [seconds] | drop [files] | copy DIR [files]");
    return 2;
}
