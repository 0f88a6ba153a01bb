using Pendulum.Bench;

if (args.Length > 0 && args[0] == "generate")
{
    return GenerateCommand.Run(args[1..], Console.Out, Console.Error);
}
if (args.Length > 0 && args[0] == "fold")
{
    return FoldCommand.Run(args[1..], Console.Out);
}
if (args.Length > 0 && args[0] == "load")
{
    return await LoadCommand.Run(args[1..], Console.Out, Console.Error);
}
Console.Error.WriteLine(GenerateCommand.Usage);
Console.Error.WriteLine(FoldCommand.Usage);
Console.Error.WriteLine(LoadCommand.Usage);
return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
