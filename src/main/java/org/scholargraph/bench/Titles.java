package org.scholargraph.bench;

/**
 * Paper titles made from the paper's number: mixed-radix digits over word lists, after a
 * multiplicative scramble so neighbouring papers read differently. Distinct numbers give distinct
 * titles (below {@link #CAPACITY}), so no set of used titles has to be kept in memory.
 */
final class Titles {
    private static final String[] ADJECTIVES = {"Scalable", "Robust", "Sparse", "Implicit", "Continuous",
        "Bayesian", "Amortized", "Stochastic", "Differentiable", "Contrastive", "Hierarchical", "Adaptive",
        "Unbiased", "Efficient", "Causal", "Invertible", "Federated", "Latent", "Equivariant", "Recurrent",
        "Variational", "Energy-Based", "Self-Supervised", "Meta-Learned", "Gradient-Free", "Neural",
        "Probabilistic", "Discrete", "Low-Rank", "Monotone"};
    private static final String[] NOUNS = {"Flows", "Transformers", "Diffusion Models", "Estimators",
        "Optimizers", "Kernels", "Policies", "Representations", "Samplers", "Autoencoders", "Graph Networks",
        "Gaussian Processes", "Attention", "Bandits", "Embeddings", "Ensembles", "Priors", "Value Functions",
        "Memory Networks", "Hypernetworks", "Classifiers", "World Models", "Tokenizers", "Critics",
        "Mixtures", "Solvers", "Retrievers", "Planners", "Codes", "Surrogates", "Filters", "Agents",
        "Language Models", "Point Processes", "Score Models", "Circuits", "Lattices", "Spectra", "Sketches",
        "Manifolds"};
    private static final String[] TASKS = {"Density Estimation", "Few-Shot Classification", "Program Synthesis",
        "Molecule Generation", "Hyperparameter Optimization", "Offline Reinforcement Learning",
        "Time Series Forecasting", "Image Segmentation", "Protein Design", "Active Learning",
        "Out-of-Distribution Detection", "Machine Translation", "Causal Discovery", "Dataset Distillation",
        "Speech Recognition", "Anomaly Detection", "Continual Learning", "Video Prediction",
        "Neural Architecture Search", "Question Answering", "Robot Control", "Climate Modelling",
        "Recommendation", "Theorem Proving", "Weather Forecasting", "Drug Discovery", "Code Completion",
        "Semantic Parsing", "Pose Estimation", "Topic Modelling", "Survival Analysis", "Symbolic Regression",
        "Domain Adaptation", "Model Compression", "Image Retrieval", "Trajectory Prediction"};
    private static final String[] FORMS = {"%s %s for %s", "Learning %s %s for %s", "On %s %s in %s",
        "Towards %s %s for %s", "%s %s Improve %s", "Revisiting %s %s for %s", "When Are %s %s Enough for %s",
        "Rethinking %s %s in %s", "Training %s %s for %s at Scale", "%s %s Meet %s", "Why %s %s Help %s",
        "Provably %s %s for %s"};
    private static final String[] ENDINGS = {"", " with Few Labels", ": A Unified View", " under Distribution Shift",
        " without Supervision", " in Theory and Practice", " from Noisy Data", " at Test Time", " in High Dimensions",
        ": Lessons from Practice"};

    static final long CAPACITY = (long) ADJECTIVES.length * NOUNS.length * TASKS.length * FORMS.length
            * ENDINGS.length;
    // Coprime with CAPACITY (which is 2^a·3^b·5^c): scrambles without collisions.
    private static final long SCRAMBLE = 7_919L;

    private Titles() {
    }

    static String of(int paper) {
        long n = (paper * SCRAMBLE) % CAPACITY;
        String adjective = ADJECTIVES[(int) (n % ADJECTIVES.length)];
        n /= ADJECTIVES.length;
        String noun = NOUNS[(int) (n % NOUNS.length)];
        n /= NOUNS.length;
        String task = TASKS[(int) (n % TASKS.length)];
        n /= TASKS.length;
        String form = FORMS[(int) (n % FORMS.length)];
        n /= FORMS.length;
        return String.format(form, adjective, noun, task) + ENDINGS[(int) n];
    }
}
