using Pendulum.Cli;

return await PendulumApp.RunAsync(args, Console.Out, Console.Error);
